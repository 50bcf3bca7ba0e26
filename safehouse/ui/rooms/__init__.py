"""The Rooms page: a board of rooms and beds on any date; assign, move, move out."""
