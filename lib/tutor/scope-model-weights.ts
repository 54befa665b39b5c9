/**
 * Fitted by lib/tutor/eval/fit-scope-model.mjs on 1075 labelled questions the rules leave open
 * (of 1859 in 32 question sets). Do not edit by hand: refit instead.
 */
export const SCOPE_MODEL = {
  names: [
    'coverage',
    'focus',
    'topicEvidence',
    'programmingUnknown',
    'logContentWords',
    'unknownWords',
    'everydayUnknownWords',
    'logTopScore',
    'logTopRatio',
    'pastedCode',
    'numbers',
  ],
  mean: [
    0.745779, 0.581771, 1.877209, 0.509767, 1.790782, 1.090233, 0.340465, 4.390868, 0.997145, 0.098605,
    0.147907,
  ],
  sd: [
    0.294216, 0.393644, 1.619587, 0.82555, 0.461308, 1.235237, 0.634944, 1.171172, 0.75595, 0.29813, 0.477866,
  ],
  weights: [
    1.224135, 0.736765, 0.130603, -0.609868, -0.144197, -0.853866, 0.823864, 2.660309, 0.473213, 0.679076,
    -0.148008,
  ],
  bias: 0.723975,
};
