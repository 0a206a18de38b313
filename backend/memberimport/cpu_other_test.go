//go:build !unix

package memberimport_test

import "time"

// cpuTime is not measured here: the cpu-ratio reads NaN.
func cpuTime() time.Duration { return 0 }
