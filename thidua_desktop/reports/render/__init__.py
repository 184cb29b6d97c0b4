"""Writers of a DocumentSpec: PDF (ReportLab), XLSX (openpyxl), charts, fonts and files."""
