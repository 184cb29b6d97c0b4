"""Excel workbooks filled by the units below: what the import plans and applies (DESIGN §4,
`sheet import`). Reading the file itself is the exchange layer's (exchange/sheets)."""
