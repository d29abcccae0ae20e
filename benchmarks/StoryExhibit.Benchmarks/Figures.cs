namespace StoryExhibit.Benchmarks;

internal static class Figures
{
    public static double Percentile(IReadOnlyList<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0) return double.NaN;
        var rank = p / 100 * (sorted.Length - 1);
        var low = (int)Math.Floor(rank);
        var high = (int)Math.Ceiling(rank);
        return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
    }

    public static string Summary(IReadOnlyList<double> values, string unit)
        => $"p50 {Percentile(values, 50):F1} {unit}, p95 {Percentile(values, 95):F1} {unit}, min {values.Min():F1}, max {values.Max():F1} (n={values.Count})";
}
