package app

import (
	"context"
	"sync"
)

// previewSlot holds the running preview's cancel: a new preview stops the
// one before it (only the latest answer is shown), and CancelPreview stops
// the running one, so a hostile or huge file never keeps reading unseen.
type previewSlot struct {
	mu     sync.Mutex
	n      int
	cancel context.CancelFunc
}

// begin starts a preview under parent, stopping the one before; end
// releases it.
func (p *previewSlot) begin(parent context.Context) (ctx context.Context, end func()) {
	ctx, cancel := context.WithCancel(parent)
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.cancel != nil {
		p.cancel()
	}
	p.n++
	mine := p.n
	p.cancel = cancel
	return ctx, func() {
		cancel()
		p.mu.Lock()
		defer p.mu.Unlock()
		if p.n == mine {
			p.cancel = nil
		}
	}
}

// stop cancels the running preview, if any.
func (p *previewSlot) stop() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.cancel != nil {
		p.cancel()
	}
}

// CancelPreview stops the running preview; its call rejects with a
// "cancelled" error. Nothing was written either way.
func (i *ImportsAPI) CancelPreview() (err error) {
	defer i.a.catchPanic(&err)
	i.previews.stop()
	return nil
}
