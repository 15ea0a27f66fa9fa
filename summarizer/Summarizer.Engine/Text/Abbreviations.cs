namespace Summarizer.Engine.Text;

/// <summary>What a word followed by '.' and a space says about a sentence boundary.</summary>
internal enum AbbreviationKind
{
    /// <summary>An ordinary word: the period ends the sentence.</summary>
    None,
    /// <summary>Titles and Latin abbreviations that are followed by more of the sentence (Mr., Dr., e.g., vs.).</summary>
    NeverEnds,
    /// <summary>Abbreviations often found at a sentence's end too (etc., Inc., a.m., U.S., oz.):
    /// the period ends the sentence only when the next word is capitalised.</summary>
    MayEnd,
}

internal static class Abbreviations
{
    private static readonly HashSet<string> Never = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "dr", "prof", "rev", "hon", "st", "mt", "jr", "sr", "vs", "v", "e.g", "i.e", "eg", "ie",
        "cf", "viz", "approx", "appt", "apt", "dept", "est", "fig", "gen", "gov", "lt", "col", "sgt", "capt",
        "messrs", "mme", "mlle", "vol", "pp", "ca", "ave", "blvd", "incl", "esp", "aka", "a.k.a",
    };

    private static readonly HashSet<string> Maybe = new(StringComparer.Ordinal)
    {
        "etc", "inc", "ltd", "co", "corp", "llc", "a.m", "p.m", "u.s", "u.k", "u.s.a", "e.u", "d.c",
        "oz", "lb", "lbs", "pkg", "pkgs", "qty", "hr", "hrs", "min", "mins", "sec", "secs", "yr", "yrs",
        "mo", "mos", "wk", "wks", "tbsp", "tsp", "fl", "pt", "qt", "gal", "ml", "cm", "mm", "kg", "ft", "no",
    };

    private static readonly int LongestListed = Never.Concat(Maybe).Max(a => a.Length);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NeverLookup = Never.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MaybeLookup = Maybe.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The listed abbreviations of a kind (lower case, without their final period).</summary>
    internal static IEnumerable<string> Listed(AbbreviationKind kind) =>
        kind switch { AbbreviationKind.NeverEnds => Never, AbbreviationKind.MayEnd => Maybe, _ => [] };

    /// <summary>Classifies the word just before a period (letters and inner periods, any case).</summary>
    public static AbbreviationKind Classify(ReadOnlySpan<char> word)
    {
        // Most words before a period are ordinary ones longer than any listed: no lower-casing, no lookup. (An
        // initialism, listed or not, has inner periods.)
        if (word.IsEmpty || word.Length > 10 || (word.Length > LongestListed && !word.Contains('.'))) return AbbreviationKind.None;
        Span<char> lower = stackalloc char[10];
        int n = word.ToLowerInvariant(lower);
        var key = lower[..n];
        if (NeverLookup.Contains(key)) return AbbreviationKind.NeverEnds;
        if (MaybeLookup.Contains(key)) return AbbreviationKind.MayEnd;
        // A single capital (an initial: "C. S. Lewis") or an unknown dotted initialism ("J.R.R.") never ends one.
        if (word.Length == 1 && char.IsUpper(word[0])) return AbbreviationKind.NeverEnds;
        if (IsInitialism(key)) return AbbreviationKind.NeverEnds;
        return AbbreviationKind.None;
    }

    /// <summary>"c.s", "j.r.r": single letters joined by periods (a host name like "www.x.io" is not one).</summary>
    private static bool IsInitialism(ReadOnlySpan<char> key)
    {
        if (key.Length < 3) return false;
        for (int i = 0; i < key.Length; i++)
            if ((i % 2 == 0) != char.IsLetter(key[i]) || (i % 2 == 1 && key[i] != '.')) return false;
        return true;
    }
}
