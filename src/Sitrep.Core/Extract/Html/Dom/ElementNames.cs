using AngleSharp.Dom;

namespace Sitrep.Extract.Html.Dom;

/// <summary>
/// The attributes that say what an element is (class, id, itemprop, role) and whether it is shown (hidden,
/// style, aria-hidden), read in one pass over its attribute list. Each <c>GetAttribute</c> is a scan of that
/// list; the measuring walk's rules (content hints, comment markup) and the pruning rules asked for these six
/// to eight times per element each.
/// Same answers as <c>GetAttribute</c>: the first attribute of that qualified name (HTML §13.2.5.33 keeps the
/// first of duplicates anyway); the names are lower case, as the tokenizer writes them.
/// </summary>
internal readonly struct ElementNames
{
    public readonly string? Class;
    public readonly string? Id;
    public readonly string? ItemProp;
    public readonly string? Role;
    public readonly string? Style;
    public readonly string? AriaHidden;
    /// <summary>The element has a <c>hidden</c> attribute (HTML §6.1), whatever its value.</summary>
    public readonly bool Hidden;

    private ElementNames(string? cls, string? id, string? itemProp, string? role, string? style, string? ariaHidden, bool hidden)
    {
        Class = cls;
        Id = id;
        ItemProp = itemProp;
        Role = role;
        Style = style;
        AriaHidden = ariaHidden;
        Hidden = hidden;
    }

    public static ElementNames Of(IElement e)
    {
        var attributes = e.Attributes;
        int count = attributes.Length;
        if (count == 0) return default;
        string? cls = null, id = null, itemProp = null, role = null, style = null, ariaHidden = null;
        bool hidden = false;
        for (int i = 0; i < count; i++)
        {
            var a = attributes[i]!;
            switch (a.Name)
            {
                case "class": cls ??= a.Value; break;
                case "id": id ??= a.Value; break;
                case "itemprop": itemProp ??= a.Value; break;
                case "role": role ??= a.Value; break;
                case "style": style ??= a.Value; break;
                case "aria-hidden": ariaHidden ??= a.Value; break;
                case "hidden": hidden = true; break;
            }
        }
        return new ElementNames(cls, id, itemProp, role, style, ariaHidden, hidden);
    }
}
