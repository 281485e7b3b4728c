// What each tag is to the extractor: a block that starts a new paragraph, an element whose
// whole subtree never holds article text, a heading, a link.
import CLibXML2

enum TagKinds {
    private static func table(_ tags: [rx_tag]) -> [Bool] {
        var t = [Bool](repeating: false, count: Int(RX_TAG_COUNT.rawValue))
        for tag in tags { t[Int(tag.rawValue)] = true }
        return t
    }

    /// Elements that end the paragraph before them and start a new one.
    static let block = table([
        RX_TAG_ADDRESS, RX_TAG_ARTICLE, RX_TAG_ASIDE, RX_TAG_BLOCKQUOTE, RX_TAG_BODY, RX_TAG_CAPTION,
        RX_TAG_CENTER, RX_TAG_DD, RX_TAG_DETAILS, RX_TAG_DIALOG, RX_TAG_DIV, RX_TAG_DL, RX_TAG_DT,
        RX_TAG_FIELDSET, RX_TAG_FIGCAPTION, RX_TAG_FIGURE, RX_TAG_FOOTER, RX_TAG_FORM, RX_TAG_FRAMESET,
        RX_TAG_H1, RX_TAG_H2, RX_TAG_H3, RX_TAG_H4, RX_TAG_H5, RX_TAG_H6, RX_TAG_HEADER, RX_TAG_HR,
        RX_TAG_HTML, RX_TAG_LEGEND, RX_TAG_LI, RX_TAG_MAIN, RX_TAG_MENU, RX_TAG_NAV, RX_TAG_OL, RX_TAG_P,
        RX_TAG_PRE, RX_TAG_SECTION, RX_TAG_SUMMARY, RX_TAG_TABLE, RX_TAG_TBODY, RX_TAG_TD, RX_TAG_TFOOT,
        RX_TAG_TH, RX_TAG_THEAD, RX_TAG_TR, RX_TAG_UL, RX_TAG_TITLE, RX_TAG_HEAD,
    ])

    /// Elements whose content is never article text: code, media, forms, navigation, page
    /// furniture, figures and their captions.
    static let neverText = table([
        RX_TAG_SCRIPT, RX_TAG_STYLE, RX_TAG_NOSCRIPT, RX_TAG_TEMPLATE, RX_TAG_SVG, RX_TAG_MATH,
        RX_TAG_IFRAME, RX_TAG_FRAME, RX_TAG_FRAMESET, RX_TAG_OBJECT, RX_TAG_EMBED, RX_TAG_CANVAS,
        RX_TAG_VIDEO, RX_TAG_AUDIO, RX_TAG_MAP, RX_TAG_SELECT, RX_TAG_OPTION, RX_TAG_BUTTON,
        RX_TAG_INPUT, RX_TAG_TEXTAREA, RX_TAG_LABEL, RX_TAG_LEGEND, RX_TAG_NAV, RX_TAG_ASIDE,
        RX_TAG_FOOTER, RX_TAG_HEADER, RX_TAG_FIGURE, RX_TAG_FIGCAPTION, RX_TAG_DIALOG, RX_TAG_HEAD,
        RX_TAG_TITLE, RX_TAG_META, RX_TAG_LINK, RX_TAG_MENU, RX_TAG_PICTURE,
    ])

    static let heading = table([RX_TAG_H1, RX_TAG_H2, RX_TAG_H3, RX_TAG_H4, RX_TAG_H5, RX_TAG_H6])

    @inline(__always) static func isBlock(_ tag: Int32) -> Bool { block[Int(tag)] }
    @inline(__always) static func isNeverText(_ tag: Int32) -> Bool { neverText[Int(tag)] }
    @inline(__always) static func isHeading(_ tag: Int32) -> Bool { heading[Int(tag)] }

    /// Readability's starting score for a candidate container, by tag.
    static func baseScore(_ tag: Int32) -> Double {
        switch tag {
        case tagID(RX_TAG_DIV): return 5
        case tagID(RX_TAG_PRE), tagID(RX_TAG_TD), tagID(RX_TAG_BLOCKQUOTE): return 3
        case tagID(RX_TAG_ADDRESS), tagID(RX_TAG_OL), tagID(RX_TAG_UL), tagID(RX_TAG_DL), tagID(RX_TAG_DD),
             tagID(RX_TAG_DT), tagID(RX_TAG_LI), tagID(RX_TAG_FORM): return -3
        case tagID(RX_TAG_H1), tagID(RX_TAG_H2), tagID(RX_TAG_H3), tagID(RX_TAG_H4), tagID(RX_TAG_H5),
             tagID(RX_TAG_H6), tagID(RX_TAG_TH): return -5
        default: return 0
        }
    }
}
