// Package errs is Qunzhu's error contract: a small append-only set of codes,
// each error carrying a translation key and its parameters. Internal details
// stay in Err and reach the log, never the user.
package errs

import (
	"context"
	"errors"
	"fmt"
)

// Codes. Append only: the frontend and the CLI switch on them.
const (
	Invalid  = "invalid"
	NotFound = "not_found"
	Conflict = "conflict"
	Internal = "internal"
	// Cancelled: the user stopped long work; nothing was changed.
	Cancelled = "cancelled"
)

// ErrCancelled is returned by long work the user stopped.
var ErrCancelled = New(Cancelled, "err.cancelled", nil)

// Params are the values a translated message interpolates.
type Params map[string]any

// FieldError is one field's problem in an invalid input.
type FieldError struct {
	Key    string
	Params Params
}

// Error is an application error with a stable code and a translation key.
type Error struct {
	Code   string
	Key    string
	Params Params
	Fields map[string]FieldError // for Invalid: field name -> problem
	Err    error                 // the cause, logged, never shown
}

func (e *Error) Error() string {
	msg := e.Code + ": " + e.Key
	if len(e.Params) > 0 {
		msg += fmt.Sprintf(" %v", map[string]any(e.Params))
	}
	if len(e.Fields) > 0 {
		msg += fmt.Sprintf(" fields=%v", e.Fields)
	}
	if e.Err != nil {
		msg += ": " + e.Err.Error()
	}
	return msg
}

func (e *Error) Unwrap() error { return e.Err }

// New makes an error with a code, a key and optional params.
func New(code, key string, params Params) *Error {
	return &Error{Code: code, Key: key, Params: params}
}

// Wrap marks err as internal, keeping it as the logged cause.
func Wrap(err error, what string) error {
	if err == nil {
		return nil
	}
	var e *Error
	if errors.As(err, &e) {
		return err
	}
	if errors.Is(err, context.Canceled) { // the user stopped it: not a failure
		return ErrCancelled
	}
	return &Error{Code: Internal, Key: "err.internal", Err: fmt.Errorf("%s: %w", what, err)}
}

// As returns err as an *Error; anything else becomes an internal error.
func As(err error) *Error {
	var e *Error
	if errors.As(err, &e) {
		return e
	}
	return &Error{Code: Internal, Key: "err.internal", Err: err}
}

// CodeOf returns err's code ("" for nil).
func CodeOf(err error) string {
	if err == nil {
		return ""
	}
	return As(err).Code
}

// Fields collects field-level problems while validating an input.
type Fields map[string]FieldError

// Add records a problem with field unless one is already recorded.
func (f Fields) Add(field, key string, params Params) {
	if _, ok := f[field]; !ok {
		f[field] = FieldError{Key: key, Params: params}
	}
}

// Err returns an Invalid error holding the fields, or nil when there are none.
func (f Fields) Err() error {
	if len(f) == 0 {
		return nil
	}
	return &Error{Code: Invalid, Key: "err.invalid_input", Fields: map[string]FieldError(f)}
}
