// A narrow C interface to libxml2's HTML parser. Swift code includes only this header, never
// libxml2's own (which pull in ICU and clash with Foundation's ICU in a Swift module).
// The parsed page comes back as a flat array of nodes in document order.
#ifndef CLIBXML2_H
#define CLIBXML2_H

#include <stddef.h>
#include <stdint.h>

enum { RX_ELEMENT = 1, RX_TEXT = 2 };

/// Tags the extractor tells apart; anything else is RX_TAG_OTHER (its name is still given).
/// The order matches the name table in CLibXML2.c.
enum rx_tag {
    RX_TAG_OTHER = 0,
    RX_TAG_A, RX_TAG_ADDRESS, RX_TAG_ARTICLE, RX_TAG_ASIDE, RX_TAG_AUDIO, RX_TAG_B,
    RX_TAG_BLOCKQUOTE, RX_TAG_BODY, RX_TAG_BR, RX_TAG_BUTTON, RX_TAG_CANVAS, RX_TAG_CAPTION,
    RX_TAG_CENTER, RX_TAG_CITE, RX_TAG_CODE, RX_TAG_DD, RX_TAG_DETAILS, RX_TAG_DIALOG, RX_TAG_DIV,
    RX_TAG_DL, RX_TAG_DT, RX_TAG_EM, RX_TAG_EMBED, RX_TAG_FIELDSET, RX_TAG_FIGCAPTION,
    RX_TAG_FIGURE, RX_TAG_FONT, RX_TAG_FOOTER, RX_TAG_FORM, RX_TAG_FRAME, RX_TAG_FRAMESET,
    RX_TAG_H1, RX_TAG_H2, RX_TAG_H3, RX_TAG_H4, RX_TAG_H5, RX_TAG_H6, RX_TAG_HEAD, RX_TAG_HEADER,
    RX_TAG_HR, RX_TAG_HTML, RX_TAG_I, RX_TAG_IFRAME, RX_TAG_IMG, RX_TAG_INPUT, RX_TAG_LABEL,
    RX_TAG_LEGEND, RX_TAG_LI, RX_TAG_LINK, RX_TAG_MAIN, RX_TAG_MAP, RX_TAG_MATH, RX_TAG_MENU,
    RX_TAG_META, RX_TAG_NAV, RX_TAG_NOSCRIPT, RX_TAG_OBJECT, RX_TAG_OL, RX_TAG_OPTION, RX_TAG_P,
    RX_TAG_PICTURE, RX_TAG_PRE, RX_TAG_Q, RX_TAG_S, RX_TAG_SCRIPT, RX_TAG_SECTION, RX_TAG_SELECT,
    RX_TAG_SMALL, RX_TAG_SPAN, RX_TAG_STRONG, RX_TAG_STYLE, RX_TAG_SUB, RX_TAG_SUMMARY, RX_TAG_SUP,
    RX_TAG_SVG, RX_TAG_TABLE, RX_TAG_TBODY, RX_TAG_TD, RX_TAG_TEMPLATE, RX_TAG_TEXTAREA,
    RX_TAG_TFOOT, RX_TAG_TH, RX_TAG_THEAD, RX_TAG_TIME, RX_TAG_TITLE, RX_TAG_TR, RX_TAG_U,
    RX_TAG_UL, RX_TAG_VIDEO,
    RX_TAG_COUNT
};

typedef struct {
    int32_t kind;        // RX_ELEMENT or RX_TEXT
    int32_t tag;         // an rx_tag for elements, 0 for text
    int32_t parent;      // index of the parent element, -1 for top-level nodes
    int32_t end;         // one past the index of the last node inside this one
    int32_t attr_first;  // elements: index of the first attribute in `attrs`
    int32_t attr_count;
    uint32_t str_off;    // elements: the lower-case tag name; text: the UTF-8 text
    uint32_t str_len;
} rx_node;

typedef struct {
    uint32_t name_off, name_len;    // lower-case name, in `strings`
    uint32_t value_off, value_len;  // UTF-8 value, entities decoded
} rx_attr;

enum { RX_OK = 0, RX_PARSE_FAILED = 1, RX_NO_MEMORY = 2, RX_TOO_LARGE = 3 };

typedef struct {
    int32_t status;
    rx_node *nodes;
    int32_t node_count;
    rx_attr *attrs;
    int32_t attr_count;
    char *strings;
    size_t strings_length;
} rx_document;

/// Parses HTML `bytes` in `encoding` (an IANA name such as "UTF-8", or NULL to let libxml2
/// guess). No network, no external entities, errors recovered silently. The text of <style>
/// and of <script> (except JSON-LD) is left out. Never returns NULL; free with rx_free.
rx_document *rx_parse_html(const char *bytes, size_t length, const char *encoding);

void rx_free(rx_document *document);

/// 1 when libxml2 can decode `encoding` (built in or through iconv), else 0.
int rx_encoding_supported(const char *encoding);

#endif
