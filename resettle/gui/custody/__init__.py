"""The custody review page: the list of people held, its model and painting."""
