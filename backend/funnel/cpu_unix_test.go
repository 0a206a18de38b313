//go:build unix

package funnel_test

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time this process has used: on a machine shared with
// other work, a benchmark's wall time says more about the others than it.
func cpuTime() time.Duration {
	var u syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &u) != nil {
		return 0
	}
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}
