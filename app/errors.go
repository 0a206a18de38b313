package app

import (
	"log/slog"

	"qunzhu/backend/errs"
	"qunzhu/locales"
)

// ErrorDTO is what a rejected call carries to the frontend.
type ErrorDTO struct {
	Code    string                   `json:"code"`
	Key     string                   `json:"key"`
	Params  map[string]any           `json:"params"`
	Message string                   `json:"message"`
	Fields  map[string]FieldErrorDTO `json:"fields,omitempty"`
}

// FieldErrorDTO is one field's problem.
type FieldErrorDTO struct {
	Key     string         `json:"key"`
	Params  map[string]any `json:"params"`
	Message string         `json:"message"`
}

// FormatError turns any error into an ErrorDTO in lang. Internal errors are
// logged with their details and shown as a generic message.
func FormatError(err error, lang string, log *slog.Logger) ErrorDTO {
	e := errs.As(err)
	if e.Code == errs.Internal && log != nil {
		log.Error("internal error", "err", err)
	}
	out := ErrorDTO{Code: e.Code, Key: e.Key, Params: params(e.Params),
		Message: locales.Localize(lang, e.Key, e.Params)}
	if len(e.Fields) > 0 {
		out.Fields = map[string]FieldErrorDTO{}
		for name, f := range e.Fields {
			out.Fields[name] = FieldErrorDTO{Key: f.Key, Params: params(f.Params),
				Message: locales.Localize(lang, f.Key, f.Params)}
		}
	}
	return out
}

func params(p errs.Params) map[string]any {
	if p == nil {
		return map[string]any{}
	}
	return map[string]any(p)
}
