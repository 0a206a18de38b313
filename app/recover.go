package app

import (
	"fmt"
	"runtime/debug"

	"qunzhu/backend/errs"
)

// catchPanic turns a panic into an internal error in *err and logs its
// stack. Every bound method and every job defers it (an architecture test
// checks the bound methods): Wails answers a panicking call with nothing, so
// the window's promise would never settle.
//
//	func (v *GroupsAPI) List(archived bool) (_ []GroupDTO, err error) {
//		defer v.a.catchPanic(&err)
func (a *App) catchPanic(err *error) {
	r := recover()
	if r == nil {
		return
	}
	a.log.Error("panic", "value", fmt.Sprint(r), "stack", string(debug.Stack()))
	*err = &errs.Error{Code: errs.Internal, Key: "err.internal", Err: fmt.Errorf("panic: %v", r)}
}
