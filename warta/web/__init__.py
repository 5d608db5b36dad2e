"""The analysts' web app (static files served by ``warta serve``) and its offline base map."""
