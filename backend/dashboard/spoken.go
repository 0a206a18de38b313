package dashboard

// SpokenSQL is the SQL test (on a column named kind) of an event that
// speaks, so that every count of "messages" means the dashboard's.
func SpokenSQL() string { return spoken }
