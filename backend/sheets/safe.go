// Package sheets reads the spreadsheets users bring (see table.go) and
// writes the ones the app hands to users: CSV (UTF-8
// with a BOM and CRLF line ends, so Excel and WPS read Chinese) and XLSX
// with typed cells. Every CSV text cell goes through Safe, so a nickname
// cannot become a live formula when the file is opened.
package sheets

import "strings"

// formulaStarts are the first characters that make Excel, WPS or
// LibreOffice read a CSV cell as a formula (OWASP's CSV injection list).
const formulaStarts = "=+-@\t\r"

// Safe returns text as a CSV cell that spreadsheets show as text: a cell
// starting with = + - @, a tab or a carriage return gets a leading "'".
func Safe(text string) string {
	if text != "" && strings.IndexByte(formulaStarts, text[0]) >= 0 {
		return "'" + text
	}
	return text
}

// Unsafe undoes Safe for a cell read back from a CSV file: a "'" before
// one of the formula starts is dropped, so an exported list imports as it
// was. Any other cell is returned as it is.
func Unsafe(cell string) string {
	if len(cell) > 1 && cell[0] == '\'' && strings.IndexByte(formulaStarts, cell[1]) >= 0 {
		return cell[1:]
	}
	return cell
}
