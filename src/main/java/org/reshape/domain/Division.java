package org.reshape.domain;

/// An organisational unit a post belongs to, with the colour its cards are drawn in.
///
/// @param colour `#RRGGBB`
public record Division(String id, String name, String colour) {
    public Division {
        Checks.require(id, "division id");
        Checks.require(name, "division name");
        colour = colour == null || colour.isBlank() ? "#9E9E9E" : colour;
    }
}
