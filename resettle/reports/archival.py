"""PDF/A-2b for every report: the XMP metadata and the sRGB output intent a court archive
checks for. Fonts are embedded by ReportLab (Nanum Gothic subsets; the canvas starts in
Nanum Gothic, so no standard font is ever referenced)."""

from __future__ import annotations

from datetime import datetime
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfdoc import XMP, PDFArray, PDFDictionary, PDFName, PDFStream, PDFString


@cache
def srgb_profile() -> bytes:
    """The sRGB ICC profile of the output intent, made by littlecms (bundled with Pillow)."""
    from PIL import ImageCms

    return bytes(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())


def _xmp(title: str, author: str, at: datetime, lang: str) -> str:
    when = at.isoformat(timespec="seconds")
    t, a = escape(title), escape(author)
    return f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{t}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>{a}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{t}</rdf:li></rdf:Alt></dc:description>
   <dc:language><rdf:Bag><rdf:li>{escape(lang)}</rdf:li></rdf:Bag></dc:language>
   <xmp:CreatorTool>Resettle</xmp:CreatorTool>
   <xmp:CreateDate>{when}</xmp:CreateDate>
   <xmp:ModifyDate>{when}</xmp:ModifyDate>
   <xmp:MetadataDate>{when}</xmp:MetadataDate>
   <pdf:Producer>Resettle (ReportLab)</pdf:Producer>
   <pdf:Trapped>False</pdf:Trapped>
   <pdfaid:part>2</pdfaid:part>
   <pdfaid:conformance>B</pdfaid:conformance>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""


def mark_archival(canvas: Any, title: str, author: str, at: datetime, lang: str) -> None:
    """Adds PDF/A-2b identification (XMP) and the sRGB output intent to a canvas's catalog."""
    xml = _xmp(title, author, at, lang).encode("utf-8")
    canvas.setCatalogEntry("Metadata", XMP(creator=lambda _doc: xml))
    profile = PDFStream(PDFDictionary({"N": 3}), srgb_profile())
    intent = PDFDictionary({
        "Type": PDFName("OutputIntent"), "S": PDFName("GTS_PDFA1"),
        "OutputConditionIdentifier": PDFString("sRGB IEC61966-2.1"),
        "Info": PDFString("sRGB IEC61966-2.1"), "DestOutputProfile": profile,
    })
    catalog = canvas._doc.Catalog  # writes only the keys it lists: OutputIntents is not one
    catalog.__NoDefault__ = [*catalog.__NoDefault__, "OutputIntents"]
    canvas.setCatalogEntry("OutputIntents", PDFArray([intent]))
