package store

import (
	"context"
	"encoding/json"
	"flag"
	"os"
	"reflect"
	"testing"
)

var update = flag.Bool("update", false, "write reference.json from the migrations")

// The embedded reference is what the migrations make now: a migration
// changed without `-update` fails here, not on a user's machine.
func TestEmbeddedReferenceIsCurrent(t *testing.T) {
	built, err := buildReference(context.Background(), LatestVersion())
	if err != nil {
		t.Fatal(err)
	}
	want := built.stored(LatestVersion())
	if *update {
		b, _ := json.MarshalIndent(want, "", "\t")
		if err := os.WriteFile("reference.json", append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	var got storedReference
	if err := json.Unmarshal(referenceFile, &got); err != nil {
		t.Fatalf("reference.json: %v", err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("reference.json is not what migrations 1..%d make: run go test ./backend/store -run TestEmbeddedReferenceIsCurrent -update", LatestVersion())
	}
	if e := embedded(); e == nil || !reflect.DeepEqual(e, built) {
		t.Fatal("the embedded reference does not read back as the built one")
	}
}
