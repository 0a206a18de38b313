package chatlog

import (
	"errors"
	"io"

	"qunzhu/backend/errs"
)

// Translation keys of the errors this package returns. All are Invalid
// except read failures, which are Internal.
const (
	keyUnknownFormat = "err.chat.unknown_format"
	keyEncoding      = "err.chat.encoding"
	keyBadLine       = "err.chat.bad_line"
	keyLineTooLong   = "err.chat.line_too_long"
	keyTruncated     = "err.chat.truncated"
	keyBadTime       = "err.chat.bad_time"
	keyDateOrder     = "err.chat.date_order"
	keyColumn        = "err.chat.column"
	// Reasons a line is left out (Problem.Key), and the refusal of an export
	// most of which is unreadable.
	keyNoSender         = "err.chat.no_sender"
	keyMostlyUnreadable = "err.chat.mostly_unreadable"
)

// errAt is an Invalid error about line.
func errAt(key string, line int, cause error) error {
	return &errs.Error{Code: errs.Invalid, Key: key, Params: errs.Params{"Line": line}, Err: cause}
}

func errUnknownFormat() error {
	return errs.New(errs.Invalid, keyUnknownFormat, nil)
}

func errMissingColumn(column string) error {
	return errs.New(errs.Invalid, keyColumn, errs.Params{"Column": column})
}

// errRead turns a reader's failure into an error: an unexpected end is a
// truncated file at line, anything else an internal read error.
func errRead(err error, line int) error {
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return errAt(keyTruncated, line, err)
	}
	return errs.Wrap(err, "read chat export")
}
