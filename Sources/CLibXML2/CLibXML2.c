// Parses HTML with libxml2 and flattens the tree into arrays (see CLibXML2.h). The walk is
// iterative, so a page nested 100,000 deep cannot overflow the stack.
#define _GNU_SOURCE
#include "CLibXML2.h"

#include <libxml/HTMLparser.h>
#include <libxml/encoding.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <limits.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const char *const tag_names[RX_TAG_COUNT] = {
    "",
    "a", "address", "article", "aside", "audio", "b",
    "blockquote", "body", "br", "button", "canvas", "caption",
    "center", "cite", "code", "dd", "details", "dialog", "div",
    "dl", "dt", "em", "embed", "fieldset", "figcaption",
    "figure", "font", "footer", "form", "frame", "frameset",
    "h1", "h2", "h3", "h4", "h5", "h6", "head", "header",
    "hr", "html", "i", "iframe", "img", "input", "label",
    "legend", "li", "link", "main", "map", "math", "menu",
    "meta", "nav", "noscript", "object", "ol", "option", "p",
    "picture", "pre", "q", "s", "script", "section", "select",
    "small", "span", "strong", "style", "sub", "summary", "sup",
    "svg", "table", "tbody", "td", "template", "textarea",
    "tfoot", "th", "thead", "time", "title", "tr", "u",
    "ul", "video",
};

static int tag_of(const char *name) {
    int lo = 1, hi = RX_TAG_COUNT - 1;  // the table is sorted after its empty first entry
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        int c = strcmp(name, tag_names[mid]);
        if (c == 0) return mid;
        if (c < 0) hi = mid - 1; else lo = mid + 1;
    }
    return RX_TAG_OTHER;
}

typedef struct {
    rx_document *doc;
    size_t node_cap, attr_cap, str_cap;
} builder;

static int grow(void **items, size_t *cap, size_t need, size_t size) {
    if (need <= *cap) return 1;
    size_t n = *cap ? *cap : 256;
    while (n < need) n *= 2;
    void *p = realloc(*items, n * size);
    if (!p) return 0;
    *items = p;
    *cap = n;
    return 1;
}

/// Appends bytes to the string pool; returns 0 on failure (status set).
static int add_string(builder *b, const char *s, size_t len, uint32_t *off) {
    rx_document *d = b->doc;
    if (d->strings_length + len > UINT32_MAX) { d->status = RX_TOO_LARGE; return 0; }
    if (!grow((void **)&d->strings, &b->str_cap, d->strings_length + len + 1, 1)) { d->status = RX_NO_MEMORY; return 0; }
    memcpy(d->strings + d->strings_length, s, len);
    *off = (uint32_t)d->strings_length;
    d->strings_length += len;
    return 1;
}

static rx_node *add_node(builder *b) {
    rx_document *d = b->doc;
    if (d->node_count == INT32_MAX) { d->status = RX_TOO_LARGE; return NULL; }
    if (!grow((void **)&d->nodes, &b->node_cap, (size_t)d->node_count + 1, sizeof(rx_node))) { d->status = RX_NO_MEMORY; return NULL; }
    rx_node *n = &d->nodes[d->node_count++];
    memset(n, 0, sizeof *n);
    return n;
}

static int add_attrs(builder *b, xmlNode *element, rx_node *node) {
    rx_document *d = b->doc;
    node->attr_first = d->attr_count;
    for (xmlAttr *a = element->properties; a; a = a->next) {
        if (!a->name) continue;
        if (!grow((void **)&d->attrs, &b->attr_cap, (size_t)d->attr_count + 1, sizeof(rx_attr))) { d->status = RX_NO_MEMORY; return 0; }
        rx_attr *out = &d->attrs[d->attr_count];
        if (!add_string(b, (const char *)a->name, strlen((const char *)a->name), &out->name_off)) return 0;
        out->name_len = (uint32_t)strlen((const char *)a->name);
        out->value_off = (uint32_t)d->strings_length;
        out->value_len = 0;
        for (xmlNode *t = a->children; t; t = t->next) {
            if ((t->type == XML_TEXT_NODE || t->type == XML_CDATA_SECTION_NODE) && t->content) {
                size_t len = strlen((const char *)t->content);
                uint32_t off;
                if (!add_string(b, (const char *)t->content, len, &off)) return 0;
                out->value_len += (uint32_t)len;
            }
        }
        d->attr_count++;
        node->attr_count++;
    }
    return 1;
}

/// Whether a <script> holds JSON-LD, the only script text kept.
static int is_json_ld(xmlNode *script) {
    xmlChar *type = xmlGetProp(script, BAD_CAST "type");
    int yes = type && strcasestr((const char *)type, "ld+json") != NULL;
    xmlFree(type);
    return yes;
}

static void silent(void *context, const char *message, ...) { (void)context; (void)message; }
static void silent_structured(void *context, xmlErrorPtr error) { (void)context; (void)error; }

static pthread_once_t init_once = PTHREAD_ONCE_INIT;
static void init_library(void) { xmlInitParser(); }

static void flatten(builder *b, xmlDoc *tree) {
    rx_document *d = b->doc;
    size_t stack_cap = 0, depth = 0;
    int32_t *stack = NULL;  // indices of the open elements
    xmlNode *n = tree->children;
    while (n && d->status == RX_OK) {
        int descend = 0;
        if (n->type == XML_ELEMENT_NODE && n->name) {
            int32_t index = d->node_count;
            rx_node *node = add_node(b);
            if (!node) break;
            node->kind = RX_ELEMENT;
            node->tag = tag_of((const char *)n->name);
            node->parent = depth ? stack[depth - 1] : -1;
            size_t len = strlen((const char *)n->name);
            uint32_t off;
            if (!add_string(b, (const char *)n->name, len, &off)) break;
            node = &d->nodes[index];  // add_string does not move nodes, but stay safe
            node->str_off = off;
            node->str_len = (uint32_t)len;
            if (!add_attrs(b, n, &d->nodes[index])) break;
            int skip_text = node->tag == RX_TAG_STYLE || (node->tag == RX_TAG_SCRIPT && !is_json_ld(n));
            if (n->children && !skip_text) {
                if (!grow((void **)&stack, &stack_cap, depth + 1, sizeof(int32_t))) { d->status = RX_NO_MEMORY; break; }
                stack[depth++] = index;
                descend = 1;
            } else {
                d->nodes[index].end = d->node_count;
            }
        } else if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) && n->content) {
            size_t len = strlen((const char *)n->content);
            if (len > 0) {
                uint32_t off;
                if (!add_string(b, (const char *)n->content, len, &off)) break;
                rx_node *node = add_node(b);
                if (!node) break;
                node->kind = RX_TEXT;
                node->parent = depth ? stack[depth - 1] : -1;
                node->end = d->node_count;
                node->str_off = off;
                node->str_len = (uint32_t)len;
            }
        }
        if (descend) { n = n->children; continue; }
        while (n && !n->next) {
            n = n->parent;
            if (!n || n == (xmlNode *)tree || depth == 0) { n = NULL; break; }
            d->nodes[stack[--depth]].end = d->node_count;
        }
        if (n) n = n->next;
    }
    while (depth > 0) d->nodes[stack[--depth]].end = d->node_count;
    free(stack);
}

rx_document *rx_parse_html(const char *bytes, size_t length, const char *encoding) {
    rx_document *d = calloc(1, sizeof(rx_document));
    if (!d) return NULL;
    if (length > INT_MAX) { d->status = RX_TOO_LARGE; return d; }
    pthread_once(&init_once, init_library);
    xmlSetGenericErrorFunc(NULL, silent);
    xmlSetStructuredErrorFunc(NULL, silent_structured);
    int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET
                | HTML_PARSE_NODEFDTD | HTML_PARSE_COMPACT | XML_PARSE_HUGE;
    if (encoding) options |= HTML_PARSE_IGNORE_ENC;
    xmlDoc *tree = htmlReadMemory(length ? bytes : " ", length ? (int)length : 1, NULL, encoding, options);
    if (!tree) { d->status = RX_PARSE_FAILED; return d; }
    builder b = { d, 0, 0, 0 };
    flatten(&b, tree);
    xmlFreeDoc(tree);
    return d;
}

void rx_free(rx_document *d) {
    if (!d) return;
    free(d->nodes);
    free(d->attrs);
    free(d->strings);
    free(d);
}

int rx_encoding_supported(const char *encoding) {
    pthread_once(&init_once, init_library);
    xmlCharEncodingHandlerPtr handler = xmlFindCharEncodingHandler(encoding);
    if (!handler) return 0;
    xmlCharEncCloseFunc(handler);
    return 1;
}
