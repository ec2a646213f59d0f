import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoPipe } from '@jsverse/transloco';
import { UnitDto } from '@jcw/shared-contracts';
import { TreeNode } from '@jcw/web-shared-util';

/**
 * The organisation's units as nested lists. Screen readers announce list nesting and item
 * counts, which conveys the hierarchy without the arrow-key contract an ARIA `tree` widget
 * would promise; every action is an ordinary button in the tab order, named after its unit.
 */
@Component({
  selector: 'jcw-unit-tree',
  imports: [MatButtonModule, NgTemplateOutlet, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './unit-tree.html',
  styleUrl: './unit-tree.scss',
})
export class UnitTree {
  readonly nodes = input.required<TreeNode<UnitDto>[]>();
  /** Accessible name of the outer list. */
  readonly label = input.required<string>();
  /** Actions are switched off while a change is being saved. */
  readonly busy = input(false);

  readonly addUnder = output<UnitDto>();
  readonly rename = output<UnitDto>();
  readonly remove = output<UnitDto>();

  /** Narrows the template context, which Angular types as `any`. */
  protected asNodes(value: unknown): TreeNode<UnitDto>[] {
    return value as TreeNode<UnitDto>[];
  }
}
