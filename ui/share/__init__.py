"""The share dialog ("Kirim ke HP"): sends finished videos to phones on the local network."""
