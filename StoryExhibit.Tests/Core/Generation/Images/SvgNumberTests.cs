using System.Globalization;
using StoryExhibit.Core.Generation.Images.Offline;

namespace StoryExhibit.Tests.Core.Generation.Images;

public sealed class SvgNumberTests
{
    private static string AsFormatted(double v)
    {
        var r = Math.Round(v, 1);
        return r == 0 ? "0" : r.ToString("0.#", CultureInfo.InvariantCulture);
    }

    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(-0.04, "0")]
    [InlineData(0.05, "0")]
    [InlineData(0.15, "0.2")]
    [InlineData(-0.5, "-0.5")]
    [InlineData(12.0, "12")]
    [InlineData(1919.96, "1920")]
    [InlineData(-37.25, "-37.2")]
    [InlineData(4.449999, "4.4")]
    public void Numbers_are_written_with_at_most_one_decimal(double value, string written) => Assert.Equal(written, Num.F(value));

    [Fact]
    public void Every_number_is_written_exactly_as_rounding_and_a_custom_format_would()
    {
        var random = new Random(7);
        for (var i = 0; i < 200_000; i++)
        {
            var value = (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-3, 9));
            Assert.Equal(AsFormatted(value), Num.F(value));
        }
        foreach (var edge in new[] { 0.05, 0.25, 0.35, 1.45, -2.55, 1e15, -1e16, 123456789.95, double.MaxValue / 1e300 })
            Assert.Equal(AsFormatted(edge), Num.F(edge));
    }
}
