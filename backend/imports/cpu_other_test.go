//go:build !unix

package imports_test

import "time"

// cpuTime is not measured here: the cpu-ratio reads NaN.
func cpuTime() time.Duration { return 0 }
