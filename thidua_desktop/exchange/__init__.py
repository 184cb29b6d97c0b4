"""Data packages (.tdkt): write, verify, read, plan (dry run), apply, receipts."""
