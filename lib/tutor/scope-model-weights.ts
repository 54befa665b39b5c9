/**
 * Fitted by lib/tutor/eval/fit-scope-model.mjs on 780 labelled questions the rules leave open
 * (of 1386 in 24 question sets). Do not edit by hand: refit instead.
 */
export const SCOPE_MODEL = {
  names: [
    'coverage',
    'focus',
    'topicEvidence',
    'programmingUnknown',
    'logContentWords',
    'unknownWords',
    'logTopScore',
    'logTopRatio',
    'pastedCode',
    'takeaway',
    'numbers',
  ],
  mean: [0.750965, 0.60176, 1.788462, 0.485897, 1.740628, 1.005128, 4.357303, 1.023218, 0.09359, 0, 0.14359],
  sd: [0.30192, 0.430491, 1.555839, 0.81086, 0.469656, 1.215276, 1.173198, 0.767923, 0.291257, 1, 0.482937],
  weights: [
    1.026431, 0.857459, 0.128031, -0.936971, -0.206969, -0.441388, 2.656087, 0.342937, 0.498957, 0, -0.034031,
  ],
  bias: 0.733981,
};
