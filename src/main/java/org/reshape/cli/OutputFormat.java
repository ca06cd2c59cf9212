package org.reshape.cli;

/// How a command prints its result.
enum OutputFormat {
    table, csv, json, xlsx
}
