package members

// Drafts is what an import stores: drafts in row order, in chunks that
// may still be arriving while a file's later rows are being read; Total,
// the rows the file holds (for progress, and to choose how to store them);
// Rejected, the problems of the rows that made no draft, complete once
// Chunks is closed.
type Drafts struct {
	Total    int
	Chunks   <-chan []Draft
	Rejected func() []Problem
}

// DraftsOf is Drafts for drafts already read, and the rows rejected.
func DraftsOf(drafts []Draft, rejected []Problem) Drafts {
	chunks := make(chan []Draft, 1)
	chunks <- drafts
	close(chunks)
	rejected = append([]Problem{}, rejected...)
	return Drafts{Total: len(drafts), Chunks: chunks, Rejected: func() []Problem { return rejected }}
}
