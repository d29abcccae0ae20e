using StoryExhibit.Benchmarks;

// Benchmarks print figures; they are not tests and assert nothing.
//   dotnet run -c Release --project benchmarks/StoryExhibit.Benchmarks -- story [runs]
//   dotnet run -c Release --project benchmarks/StoryExhibit.Benchmarks -- narration [runs]
var which = args.FirstOrDefault() ?? "story";
switch (which)
{
    case "story":
        await StoryLatencyBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1]) : 30);
        break;
    case "narration":
        await NarrationLatencyBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1]) : 20);
        break;
    default:
        Console.Error.WriteLine($"Unknown benchmark '{which}'. Known: story, narration");
        return 2;
}
return 0;
