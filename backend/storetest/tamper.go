package storetest

import (
	"database/sql"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// Payload is SQL an attacker appends to a definition stored in a database
// file: run, it writes the file Written names (a stand-in for a script in
// the user's Startup folder).
type Payload struct {
	SQL     string
	Written string
}

// NewPayload aims at a file in dir.
func NewPayload(dir string) Payload {
	target := filepath.Join(dir, "pwned.db")
	quoted := "'" + strings.ReplaceAll(target, "'", "''") + "'"
	return Payload{
		SQL:     "; ATTACH DATABASE " + quoted + " AS pwned; CREATE TABLE pwned.t(c); INSERT INTO pwned.t VALUES (1)",
		Written: target,
	}
}

// Tamper changes the database file at path as a hex editor would, through a
// plain connection that bypasses Qunzhu's checks: stmts run with
// writable_schema on (so they may UPDATE sqlite_schema), then the schema
// version moves on so that open connections read the schema again.
func Tamper(t testing.TB, path string, stmts ...string) {
	t.Helper()
	conn, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	conn.SetMaxOpenConns(1)
	var version int
	stmts = append([]string{"PRAGMA writable_schema = ON"}, stmts...)
	for _, q := range stmts {
		if _, err := conn.Exec(q); err != nil {
			t.Fatalf("tamper: %s: %v", q, err)
		}
	}
	if err := conn.QueryRow("PRAGMA schema_version").Scan(&version); err != nil {
		t.Fatal(err)
	}
	if _, err := conn.Exec("PRAGMA writable_schema = OFF; PRAGMA schema_version = " + strconv.Itoa(version+1)); err != nil {
		t.Fatalf("tamper: schema version: %v", err)
	}
}

// AppendTo is the statement appending sql to the stored definition of the
// schema object name.
func AppendTo(name, sql string) string {
	return `UPDATE sqlite_schema SET sql = sql || '` + strings.ReplaceAll(sql, "'", "''") + `' WHERE name = '` + name + `'`
}

// HarmfulTrigger makes the trigger dashboard_last_added empty the members
// table too: a definition SQLite loads, unlike one followed by a second
// statement (which SQLite 3.54 refuses to read).
const HarmfulTrigger = `UPDATE sqlite_schema SET sql = replace(sql, 'BEGIN', 'BEGIN DELETE FROM members;')
	WHERE name = 'dashboard_last_added'`
