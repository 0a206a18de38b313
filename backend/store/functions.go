package store

import (
	"database/sql/driver"

	"modernc.org/sqlite"

	"qunzhu/backend/fold"
)

// The SQL functions migrations may call, registered on the driver before any
// connection opens. Nothing stored (index, view, trigger) names them, so the
// file stays readable by any SQLite.
func init() {
	register("qunzhu_name", fold.Name)            // members.name_key
	register("qunzhu_likeness", fold.Likeness)    // members.nick_key
	registerNullable("qunzhu_stamp", normalStamp) // stored instants at a fixed width (0021)
}

func register(name string, fn func(string) string) {
	err := sqlite.RegisterDeterministicScalarFunction(name, 1,
		func(_ *sqlite.FunctionContext, args []driver.Value) (driver.Value, error) {
			s, _ := args[0].(string)
			return fn(s), nil
		})
	if err != nil {
		panic(err)
	}
}

// registerNullable registers fn as a function that passes NULL through.
func registerNullable(name string, fn func(string) string) {
	err := sqlite.RegisterDeterministicScalarFunction(name, 1,
		func(_ *sqlite.FunctionContext, args []driver.Value) (driver.Value, error) {
			s, ok := args[0].(string)
			if !ok {
				return args[0], nil
			}
			return fn(s), nil
		})
	if err != nil {
		panic(err)
	}
}
