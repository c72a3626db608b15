"""Printable documents (comparison sheets, consultation summaries), built as QTextDocument/HTML."""
