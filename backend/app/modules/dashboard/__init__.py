"""The home summary (screens §1.1 as far as the data exists): policies by status, today's
activity, recent activity; each section only for the permission that reads its data."""
