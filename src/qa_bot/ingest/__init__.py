"""Files → Documents → Paragraphs → Chunks: find, decode, read each format (OCR for scans), mark web chrome.
May import: ``language`` and the top-level ``types``, ``settings``, ``errors``."""
