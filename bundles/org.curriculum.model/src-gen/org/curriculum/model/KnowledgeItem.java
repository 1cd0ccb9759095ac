/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.curriculum.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Knowledge Item</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see org.curriculum.model.CurriculumPackage#getKnowledgeItem()
 * @model
 * @generated
 */
public interface KnowledgeItem extends MappableItem {
} // KnowledgeItem
