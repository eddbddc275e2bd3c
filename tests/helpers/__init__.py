"""What tests share: sample data, paths, the shipped library, windows and widget drivers. Tests import helpers from
here, never from another test module."""
