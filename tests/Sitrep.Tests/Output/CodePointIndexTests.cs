using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sitrep.Output;

namespace Sitrep.Tests.Output;

public class CodePointIndexTests
{
    [Fact]
    public void Astral_characters_count_as_one_code_point()
    {
        var text = "a😀b𝕏c";   // 😀 and 𝕏 are surrogate pairs in UTF-16
        var index = new CodePointIndex(text);
        index.ToCodePoints(text.IndexOf('b')).Should().Be(2);
        index.ToCodePoints(text.IndexOf('c')).Should().Be(4);
        index.ToCodePoints(text.Length).Should().Be(5);
        index.ToUtf16(4).Should().Be(text.IndexOf('c'));
    }

    [Property(MaxTest = 300)]
    public Property Conversion_agrees_with_rune_enumeration_and_round_trips(NonNull<string> input, PositiveInt seed)
    {
        // Mix astral characters into arbitrary text, then check every boundary between runes.
        var rnd = new Random(seed.Get);
        var text = string.Concat(input.Get.Select(c => rnd.Next(4) == 0 ? "😀" + c : c.ToString()));
        var index = new CodePointIndex(text);
        int cp = 0, utf16 = 0;
        bool ok = true;
        foreach (var rune in text.EnumerateRunes())
        {
            ok &= index.ToCodePoints(utf16) == cp && index.ToUtf16(cp) == utf16;
            utf16 += rune.Utf16SequenceLength;
            cp++;
        }
        ok &= index.ToCodePoints(text.Length) == cp;
        return ok.ToProperty();
    }
}
