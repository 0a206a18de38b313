// A file drag source for the real-window tests, like a file manager: a small
// window whose button drags the files named on the command line as
// text/uri-list (XDND). It prints what GTK reports: "begin", "data-get" when
// a drop target asked for the files, "failed N" (a GtkDragResult: 1 = no
// target, the window does not accept drops), "end".
//
//   cc -o dragsrc dragsrc.c $(pkg-config --cflags --libs gtk+-3.0)
#include <gtk/gtk.h>

static char **uris;

static void on_get(GtkWidget *w, GdkDragContext *c, GtkSelectionData *d, guint info, guint t, gpointer u) {
	gtk_selection_data_set_uris(d, uris);
	g_print("data-get\n");
}
static void on_begin(GtkWidget *w, GdkDragContext *c, gpointer u) { g_print("begin\n"); }
static void on_end(GtkWidget *w, GdkDragContext *c, gpointer u) { g_print("end\n"); }
static gboolean on_failed(GtkWidget *w, GdkDragContext *c, GtkDragResult r, gpointer u) {
	g_print("failed %d\n", r);
	return TRUE; // no snap-back animation
}

int main(int argc, char **argv) {
	gtk_init(&argc, &argv);
	uris = g_new0(char *, argc);
	for (int i = 1; i < argc; i++) uris[i - 1] = g_filename_to_uri(argv[i], NULL, NULL);
	GtkWidget *win = gtk_window_new(GTK_WINDOW_TOPLEVEL);
	gtk_window_set_title(GTK_WINDOW(win), "dragsrc");
	gtk_window_set_default_size(GTK_WINDOW(win), 120, 60);
	GtkWidget *b = gtk_button_new_with_label("file");
	gtk_container_add(GTK_CONTAINER(win), b);
	GtkTargetList *targets = gtk_target_list_new(NULL, 0);
	gtk_target_list_add_uri_targets(targets, 0);
	gtk_drag_source_set(b, GDK_BUTTON1_MASK, NULL, 0, GDK_ACTION_COPY);
	gtk_drag_source_set_target_list(b, targets);
	g_signal_connect(b, "drag-data-get", G_CALLBACK(on_get), NULL);
	g_signal_connect(b, "drag-begin", G_CALLBACK(on_begin), NULL);
	g_signal_connect(b, "drag-end", G_CALLBACK(on_end), NULL);
	g_signal_connect(b, "drag-failed", G_CALLBACK(on_failed), NULL);
	g_signal_connect(win, "destroy", G_CALLBACK(gtk_main_quit), NULL);
	gtk_widget_show_all(win);
	gtk_main();
	return 0;
}
