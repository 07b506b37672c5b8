// The translation catalogue is a resource of this library; no code lives here.
