% Descriptive statistics (quantile/prctile/iqr/skewness/kurtosis/mad/zscore/vecnorm/cov/corrcoef)
% checked against Octave 7.3, except cov(x, y) of two vectors: a 2-by-2 matrix as MATLAB documents
% (Octave 7.3 gives only the cross term)
x = [2 4 4 4 5 5 7 9];
disp(quantile(x, 0.5)); disp(quantile(x, [0.25 0.5 0.75])); disp(prctile(x, [10 90]));
disp(quantile(x', [0.25; 0.75]))
M = magic(4);
disp(quantile(M, 0.5)); disp(prctile(M, 50, 2));
disp(iqr(x)); disp(iqr(M));
disp(skewness(x)); disp(kurtosis(x)); disp(skewness(x, 0)); disp(kurtosis(x, 0));
disp(mad(x)); disp(mad(x, 1)); disp(mad(M));
disp(zscore(x)); disp(zscore(M));
disp(vecnorm([3 4])); disp(vecnorm(M)); disp(vecnorm(M, 1, 2)); disp(vecnorm(M, Inf));
disp(cov(x)); disp(cov(M)); disp(cov(x, 1));
disp(cov([1 2 3], [1 2 5]));
disp(corrcoef(M(:,1:2))); disp(corrcoef([1 2 3 4], [2 4 5 9]));
disp(quantile([1 NaN 3], 0.5))
