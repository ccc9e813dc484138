import { builder } from '../builder';
import './stats';

export const schema = builder.toSchema({ sortSchema: true });
