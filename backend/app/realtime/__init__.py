"""Real-time events (spec §2.7): Socket.IO on the API's own ASGI app, fed by the event bus."""
