package store

import (
	_ "embed"
	"encoding/json"
	"slices"
	"sync"
)

// referenceFile is the schema the embedded migrations make at the latest
// version, as buildReference reads it: opening the app's database checks
// against it without running every migration in a scratch database first
// (18 ms before the window). TestEmbeddedReferenceIsCurrent fails when a
// migration changes and this file does not; `go test ./backend/store -run
// TestEmbeddedReferenceIsCurrent -update` writes it again.
//
//go:embed reference.json
var referenceFile []byte

// storedReference is referenceFile's form.
type storedReference struct {
	Version  int         `json:"version"`
	Made     []schemaRow `json:"made"`
	Optional []schemaRow `json:"optional"`
}

var embedded = sync.OnceValue(func() *reference {
	var s storedReference
	if json.Unmarshal(referenceFile, &s) != nil || s.Version != LatestVersion() {
		return nil // built as before; the test says why
	}
	return s.reference()
})

func (s storedReference) reference() *reference {
	r := &reference{made: s.Made, rows: slices.SortedFunc(slices.Values(s.Made), compareRows), optional: map[schemaRow]bool{}}
	for _, row := range s.Optional {
		r.optional[row] = true
	}
	return r
}

// stored is r as referenceFile holds it, optional rows sorted.
func (r *reference) stored(version int) storedReference {
	s := storedReference{Version: version, Made: r.made}
	for row := range r.optional {
		s.Optional = append(s.Optional, row)
	}
	slices.SortFunc(s.Optional, compareRows)
	return s
}
