"""A document's metadata: the info dictionary, XMP and the language, from its framing only.

Title (reference, title, audience), author (the issuer, a member of our
delegation; else the delegation), subject (the event), keywords
(classification, reference, audience), the real creation date, and the
classification, reference and audience as entries of their own in the info
dictionary and in the XMP packet.  Only what the cover of every audience
prints goes in (``DocumentMeta`` is built from framing fields), so nothing an
audience may not read reaches the metadata.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfdoc import XMP, PDFDictionary, PDFInfo, PDFName, PDFString

from .pack_model import DocumentMeta

# Entries of our own in the info dictionary (second-class names, as PDF 2.0 allows).
INFO_KEYS = (("Classification", "classification"), ("Reference", "reference"),
             ("Audience", "audience"))  # fmt: skip
NS = "https://adgsom-desktop.invalid/ns/1.0/"


class MarkedInfo(PDFInfo):  # type: ignore[misc]
    """reportlab's info dictionary with the classification, reference and audience."""

    extra: tuple[tuple[str, str], ...] = ()

    def format(self, document: Any) -> bytes:
        from reportlab.pdfbase.pdfdoc import PDFDate

        d = {
            "Title": PDFString(self.title),
            "Author": PDFString(self.author),
            "Producer": PDFString(self.producer),
            "Creator": PDFString(self.creator),
            "Subject": PDFString(self.subject),
            "Keywords": PDFString(self.keywords),
            "Trapped": PDFName(self.trapped),
        }
        d["ModDate"] = d["CreationDate"] = PDFDate(
            ts=document._timeStamp, dateFormatter=self._dateFormatter
        )
        for key, value in self.extra:
            if value:
                d[key] = PDFString(value)
        return PDFDictionary(d).format(document)  # type: ignore[no-any-return]


def keywords(meta: DocumentMeta) -> str:
    return "; ".join(x for x in (meta.classification, meta.reference, meta.audience) if x)


def apply(canv: Any, meta: DocumentMeta, when: datetime | None = None) -> None:
    """Give the canvas's document ``meta``: info dictionary, XMP packet, language."""
    when = when or datetime.now(UTC)
    doc = canv._doc
    info = MarkedInfo()
    info.__dict__.update(doc.info.__dict__)
    info.title, info.author, info.subject = meta.title, meta.author, meta.subject
    info.keywords = keywords(meta)
    info.creator = "ADGSOM Desktop"
    info.extra = tuple((key, getattr(meta, name)) for key, name in INFO_KEYS)
    doc.info = info
    doc.Catalog.Lang = PDFString(meta.language)
    packet = xmp_packet(meta, when)
    doc.Catalog.Metadata = XMP(creator=lambda _doc: packet.encode("utf-8"))


def xmp_packet(meta: DocumentMeta, when: datetime) -> str:
    """The XMP packet (Dublin Core, XMP basic, PDF, and ours) of ``meta``."""
    stamp = when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

    def e(text: str) -> str:
        return escape(text, {'"': "&quot;"})

    words = "".join(
        f"<rdf:li>{e(x)}</rdf:li>"
        for x in (meta.classification, meta.reference, meta.audience)
        if x
    )
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about=""'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/"'
        ' xmlns:xmp="http://ns.adobe.com/xap/1.0/"'
        ' xmlns:pdf="http://ns.adobe.com/pdf/1.3/"'
        f' xmlns:adgsom="{NS}">'
        "<dc:format>application/pdf</dc:format>"
        f'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{e(meta.title)}</rdf:li></rdf:Alt>'
        "</dc:title>"
        f"<dc:creator><rdf:Seq><rdf:li>{e(meta.author)}</rdf:li></rdf:Seq></dc:creator>"
        f'<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{e(meta.subject)}</rdf:li>'
        "</rdf:Alt></dc:description>"
        f"<dc:subject><rdf:Bag>{words}</rdf:Bag></dc:subject>"
        f"<dc:language><rdf:Bag><rdf:li>{e(meta.language)}</rdf:li></rdf:Bag></dc:language>"
        f"<xmp:CreateDate>{stamp}</xmp:CreateDate>"
        f"<xmp:ModifyDate>{stamp}</xmp:ModifyDate>"
        f"<xmp:MetadataDate>{stamp}</xmp:MetadataDate>"
        "<xmp:CreatorTool>ADGSOM Desktop</xmp:CreatorTool>"
        f"<pdf:Keywords>{e(keywords(meta))}</pdf:Keywords>"
        f"<adgsom:Classification>{e(meta.classification)}</adgsom:Classification>"
        f"<adgsom:Reference>{e(meta.reference)}</adgsom:Reference>"
        f"<adgsom:Audience>{e(meta.audience)}</adgsom:Audience>"
        "</rdf:Description></rdf:RDF></x:xmpmeta>"
        '<?xpacket end="w"?>'
    )


def keep_metadata(reader: Any, writer: Any) -> None:
    """Give a pypdf ``writer`` (copies merged, annexes appended) the metadata of the
    document ``reader`` read: info dictionary, XMP packet, language; it opens on its outline."""
    from pypdf.generic import DecodedStreamObject, NameObject, TextStringObject

    writer.add_metadata(dict(reader.metadata or {}))
    root: Any = reader.trailer["/Root"].get_object()
    if "/Metadata" in root:
        xmp = DecodedStreamObject()
        xmp.set_data(root["/Metadata"].get_object().get_data())
        xmp[NameObject("/Type")] = NameObject("/Metadata")
        xmp[NameObject("/Subtype")] = NameObject("/XML")
        writer._root_object[NameObject("/Metadata")] = writer._add_object(xmp)
    if "/Lang" in root:
        writer._root_object[NameObject("/Lang")] = TextStringObject(str(root["/Lang"]))
    writer.page_mode = "/UseOutlines"
