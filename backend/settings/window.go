package settings

import (
	"context"
	"strconv"
)

// Window is the main window's last size and position.
type Window struct {
	Width, Height, X, Y int
	Known               bool // false until a geometry was saved
}

// Window returns the saved geometry.
func (s *Service) Window(ctx context.Context) (Window, error) {
	m, err := s.all(ctx)
	if err != nil {
		return Window{}, err
	}
	w := Window{}
	var errW, errH error
	w.Width, errW = strconv.Atoi(m["window.width"])
	w.Height, errH = strconv.Atoi(m["window.height"])
	w.X, _ = strconv.Atoi(m["window.x"])
	w.Y, _ = strconv.Atoi(m["window.y"])
	w.Known = errW == nil && errH == nil && w.Width > 0 && w.Height > 0
	return w, nil
}

// SaveWindow stores the geometry.
func (s *Service) SaveWindow(ctx context.Context, w Window) error {
	return s.put(ctx, map[string]string{
		"window.width":  strconv.Itoa(w.Width),
		"window.height": strconv.Itoa(w.Height),
		"window.x":      strconv.Itoa(w.X),
		"window.y":      strconv.Itoa(w.Y),
	})
}
