package mjc.stdlib;

import java.util.List;

/** The classes whose {@link Builtin} methods make up the standard library. Add a family here. */
final class BuiltinFamilies {
    static final List<Class<?>> ALL = List.of(
        mjc.stdlib.output.Output.class,
        mjc.stdlib.array.Construct.class,
        mjc.stdlib.array.Shape.class,
        mjc.stdlib.types.Conversions.class,
        mjc.stdlib.types.Predicates.class,
        mjc.stdlib.types.ObjectFunctions.class,
        mjc.stdlib.types.Validators.class,
        mjc.stdlib.types.ArgumentValidation.class,
        mjc.stdlib.math.Combinatorics.class,
        mjc.stdlib.lang.SystemFunctions.class,
        mjc.stdlib.math.DataFunctions.class,
        mjc.stdlib.text.TextExtras.class,
        mjc.stdlib.time.Dates.class,
        mjc.stdlib.text.Scanf.class,
        mjc.stdlib.io.DelimitedFiles.class,
        mjc.stdlib.math.Fourier.class,
        mjc.stdlib.types.AttributeChecks.class,
        mjc.stdlib.io.Textscan.class,
        mjc.stdlib.linalg.MatrixExtras.class,
        mjc.stdlib.math.MovingWindows.class,
        mjc.stdlib.math.Interpolation.class,
        mjc.stdlib.types.InputParser.class,
        mjc.stdlib.types.ByteCasts.class,
        mjc.stdlib.time.DateTimes.class,
        mjc.stdlib.array.SpecialMatrices.class,
        mjc.stdlib.math.Elementary.class,
        mjc.stdlib.math.Reductions.class,
        mjc.stdlib.math.Sorting.class,
        mjc.stdlib.math.Sets.class,
        mjc.stdlib.math.Random.class,
        mjc.stdlib.math.IntegerOps.class,
        mjc.stdlib.array.MatrixFunctions.class,
        mjc.stdlib.text.BaseConversion.class,
        mjc.stdlib.maps.Maps.class,
        mjc.stdlib.async.AsyncLibrary.class,
        mjc.stdlib.text.Strings.class, mjc.stdlib.text.ModernText.class, mjc.stdlib.io.FileIo.class, mjc.stdlib.io.FileSystem.class, mjc.stdlib.io.FileHandles.class, mjc.stdlib.json.Json.class, mjc.stdlib.io.Http.class,
        mjc.stdlib.text.NumberToText.class,
        mjc.stdlib.text.Regex.class,
        mjc.stdlib.cells.Cells.class,
        mjc.stdlib.structs.Structs.class,
        mjc.stdlib.lang.Functions.class,
        mjc.stdlib.lang.ErrorFunctions.class,
        mjc.stdlib.lang.Equality.class,
        mjc.stdlib.lang.Misc.class,
        mjc.stdlib.time.Timing.class,
        mjc.stdlib.linalg.LinearAlgebra.class, mjc.stdlib.linalg.Eigen.class, mjc.stdlib.linalg.Factorizations.class, mjc.stdlib.math.Numerics.class,
        mjc.stdlib.math.ErrorFunction.class, mjc.stdlib.array.Rearrange.class, mjc.stdlib.table.Tables.class,
        mjc.stdlib.table.TableFiles.class, mjc.stdlib.lang.ValidNames.class, mjc.stdlib.linalg.Sparse.class,
        mjc.stdlib.math.Trigonometry.class, mjc.stdlib.math.RealPowers.class, mjc.stdlib.math.Coordinates.class,
        mjc.stdlib.math.Statistics.class, mjc.stdlib.array.MatrixPredicates.class, mjc.stdlib.array.BlockBuilders.class,
        mjc.stdlib.math.PolynomialCalculus.class, mjc.stdlib.math.Gradients.class, mjc.stdlib.array.Expansion.class,
        mjc.stdlib.math.PiecewisePolynomials.class, mjc.stdlib.math.Minimization.class, mjc.stdlib.math.Histograms.class,
        mjc.stdlib.math.Convolution2D.class, mjc.stdlib.math.Interpolation2D.class, mjc.stdlib.math.MissingData.class);

    private BuiltinFamilies() {
    }
}
