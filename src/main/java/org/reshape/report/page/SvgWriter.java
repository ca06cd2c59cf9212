package org.reshape.report.page;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/// Writes a [Page]'s display list as an SVG 1.1 document with the JDK's StAX
/// writer (no library): boxes as `rect`, lines as `polyline`, text as real
/// `text` in Liberation Sans (Arial where it is not installed, which has the
/// same widths), groups as `g` with their transform. Sizes are in points, so
/// Word places the picture at the size it was laid out for.
public final class SvgWriter {
    private static final String NS = "http://www.w3.org/2000/svg";
    private static final String FONTS = "'Liberation Sans', Arial, Helvetica, sans-serif";

    private SvgWriter() {
    }

    /// @param title the document's title (read out by screen readers, shown by viewers)
    public static void write(Page page, String title, OutputStream out) throws IOException {
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("svg");
            x.writeDefaultNamespace(NS);
            x.writeAttribute("version", "1.1");
            x.writeAttribute("width", num(page.width()) + "pt");
            x.writeAttribute("height", num(page.height()) + "pt");
            x.writeAttribute("viewBox", "0 0 " + num(page.width()) + " " + num(page.height()));
            x.writeAttribute("font-family", FONTS);
            x.writeStartElement("title");
            x.writeCharacters(title);
            x.writeEndElement();
            for (Drawing d : page.drawings()) {
                draw(x, d);
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.flush();
            x.close();
        } catch (XMLStreamException e) {
            throw new IOException("could not write the SVG: " + e.getMessage(), e);
        }
    }

    private static void draw(XMLStreamWriter x, Drawing d) throws XMLStreamException {
        switch (d) {
            case Drawing.Box b -> {
                x.writeEmptyElement("rect");
                x.writeAttribute("x", num(b.x()));
                x.writeAttribute("y", num(b.y()));
                x.writeAttribute("width", num(b.w()));
                x.writeAttribute("height", num(b.h()));
                if (b.radius() > 0) {
                    x.writeAttribute("rx", num(b.radius()));
                }
                x.writeAttribute("fill", b.fill() == null ? "none" : hex(b.fill()));
                if (b.stroke() != null) {
                    x.writeAttribute("stroke", hex(b.stroke()));
                    x.writeAttribute("stroke-width", num(b.lineWidth()));
                    if (b.dashed()) {
                        x.writeAttribute("stroke-dasharray", num(3 * b.lineWidth() + 2) + " " + num(2 * b.lineWidth() + 1));
                    }
                }
            }
            case Drawing.Line l -> {
                x.writeEmptyElement("polyline");
                StringBuilder points = new StringBuilder();
                for (int i = 0; i < l.xs().length; i++) {
                    points.append(i == 0 ? "" : " ").append(num(l.xs()[i])).append(',').append(num(l.ys()[i]));
                }
                x.writeAttribute("points", points.toString());
                x.writeAttribute("fill", "none");
                x.writeAttribute("stroke", hex(l.colour()));
                x.writeAttribute("stroke-width", num(l.width()));
            }
            case Drawing.Text t -> {
                x.writeStartElement("text");
                x.writeAttribute("x", num(t.x()));
                x.writeAttribute("y", num(t.baseline()));
                x.writeAttribute("font-size", num(t.size()));
                if (t.face() == Face.BOLD) {
                    x.writeAttribute("font-weight", "bold");
                } else if (t.face() == Face.ITALIC) {
                    x.writeAttribute("font-style", "italic");
                }
                x.writeAttribute("fill", hex(t.colour()));
                x.writeCharacters(t.text());
                x.writeEndElement();
            }
            case Drawing.Group g -> {
                x.writeStartElement("g");
                x.writeAttribute("transform", "translate(" + num(g.dx()) + " " + num(g.dy()) + ") scale(" + num(g.scale()) + ")");
                for (Drawing i : g.items()) {
                    draw(x, i);
                }
                x.writeEndElement();
            }
            case Drawing.Tagged t -> {
                for (Drawing i : t.items()) {
                    draw(x, i);
                }
            }
            case Drawing.Artifact a -> {
                for (Drawing i : a.items()) {
                    draw(x, i);
                }
            }
        }
    }

    private static String hex(Colour c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", c.r(), c.g(), c.b());
    }

    /// At most two decimals, no exponent, no trailing zeros.
    private static String num(double v) {
        String s = String.format(Locale.ROOT, "%.2f", v);
        s = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        return s.equals("-0") ? "0" : s;
    }
}
