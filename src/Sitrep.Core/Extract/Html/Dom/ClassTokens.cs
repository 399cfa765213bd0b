using AngleSharp.Dom;

namespace Sitrep.Extract.Html.Dom;

/// <summary>
/// The class attribute's tokens (HTML §2.3.8 "set of space-separated tokens") as spans, without the
/// allocation of AngleSharp's ClassList (a DOMTokenList parsed per access), since rules ask every element.
/// </summary>
internal ref struct ClassTokens
{
    private ReadOnlySpan<char> _rest;

    public ClassTokens(IElement element) : this(element.GetAttribute("class")) { }

    /// <summary>The tokens of any space-separated list (class, rel, itemprop).</summary>
    public ClassTokens(string? list) => _rest = (list ?? "").AsSpan();

    public ReadOnlySpan<char> Current { get; private set; }

    public readonly ClassTokens GetEnumerator() => this;

    public bool MoveNext()
    {
        _rest = _rest.TrimStart(" \t\n\r\f");
        if (_rest.IsEmpty) return false;
        int end = _rest.IndexOfAny(" \t\n\r\f");
        if (end < 0) end = _rest.Length;
        Current = _rest[..end];
        _rest = _rest[end..];
        return true;
    }
}

/// <summary>A case-insensitive set of names that can be probed with a span (a class token).</summary>
internal sealed class NameSet
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public NameSet(params string[] names) =>
        _lookup = new HashSet<string>(names, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public bool Contains(ReadOnlySpan<char> name) => _lookup.Contains(name);

    public bool Contains(string? name) => name is not null && _lookup.Contains(name.AsSpan());

    /// <summary>Does any class token of the element belong to the set?</summary>
    public bool AnyClass(IElement element) => AnyClass(element.GetAttribute("class"));

    /// <summary>Does any token of a class attribute's value belong to the set?</summary>
    public bool AnyClass(string? classes)
    {
        foreach (var token in new ClassTokens(classes))
            if (_lookup.Contains(token)) return true;
        return false;
    }
}
